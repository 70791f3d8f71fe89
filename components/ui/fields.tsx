// Accessible form fields: a visible label, an optional hint and error message tied to the input
// with aria-describedby, and aria-invalid when in error. No client code: they work without JS.
import type { ReactNode } from "react";
import { fieldId } from "@/lib/validation/field-id";

export { fieldId };

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

type Common = { name: string; label: ReactNode; hint?: ReactNode; error?: string };

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  );
}

/** Label, hint and error message above one input, tied to it by id. */
function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

/** Attributes that tie an input to its hint and error and mark it invalid. */
function described(id: string, hint?: ReactNode, error?: string) {
  return { "aria-describedby": describedBy(id, hint, error), "aria-invalid": error ? true : undefined };
}

export function TextField({
  name,
  label,
  hint,
  error,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  width = "full",
  autoFocus,
  verbatim = false,
}: Common & {
  autoFocus?: boolean;
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "date" | "datetime-local" | "search";
  /** A code typed exactly as shown: no spelling check, no automatic capital on phones. */
  verbatim?: boolean;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  width?: "full" | "medium" | "short";
}) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        autoFocus={autoFocus}
        spellCheck={type === "email" || verbatim ? false : undefined}
        autoCapitalize={verbatim ? "off" : undefined}
        className={`input input--${width}`}
        {...described(id, hint, error)}
      />
    </LabelledField>
  );
}

export function TextArea({ name, label, hint, error, defaultValue }: Common & { defaultValue?: string }) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={3}
        defaultValue={defaultValue}
        className="input"
        {...described(id, hint, error)}
      />
    </LabelledField>
  );
}

export type Choice = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  conditional?: ReactNode;
};

/** A group of checkboxes or radios in a fieldset whose legend is the question. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  type,
  choices,
  selected,
  legendSize = "m",
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  type: "checkbox" | "radio";
  choices: Choice[];
  selected: string[];
  legendSize?: "s" | "m" | "l";
}) {
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)} id={id}>
        <legend className={`fieldset__legend fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        )}
        <FieldError id={id} error={error} />
        <div className="choices">
          {choices.map((choice, index) => {
            const choiceId = `${id}-${index}`;
            return (
              <div key={choice.value} className="choice">
                <input
                  id={choiceId}
                  name={name}
                  type={type}
                  value={choice.value}
                  defaultChecked={selected.includes(choice.value)}
                  disabled={choice.disabled}
                  className="choice__input"
                  aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
                />
                <label htmlFor={choiceId} className="choice__label">
                  {choice.label}
                </label>
                {choice.hint && (
                  <p id={`${choiceId}-hint`} className="choice__hint">
                    {choice.hint}
                  </p>
                )}
                {choice.conditional && <div className="choice__conditional">{choice.conditional}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One checkbox with its own label, e.g. a consent. */
export function Checkbox({
  name,
  label,
  hint,
  error,
  defaultChecked,
}: Common & { defaultChecked?: boolean }) {
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <FieldError id={id} error={error} />
      <div className="choice">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="yes"
          defaultChecked={defaultChecked}
          className="choice__input"
          {...described(id, hint, error)}
        />
        <label htmlFor={id} className="choice__label">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="choice__hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function Select({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  placeholder,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string; placeholder: string }) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className="input input--medium"
        {...described(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
