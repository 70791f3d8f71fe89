import { TextField } from "@/components/ui/fields";
import { toStockholmLocal } from "@/lib/i18n/stockholm-time";

/** A moment staff set, typed and shown as Stockholm time; empty when there is none. */
export function StockholmTimeField({
  name,
  label,
  hint,
  value,
}: {
  name: string;
  label: string;
  hint: string;
  value: Date | null;
}) {
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      type="datetime-local"
      width="medium"
      defaultValue={value ? toStockholmLocal(value) : ""}
    />
  );
}
