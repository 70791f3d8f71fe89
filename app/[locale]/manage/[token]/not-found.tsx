import { InvalidLink } from "@/components/manage/manage-unavailable";

/** An unknown private link, or a page the link does not open: 404, saying what to do. */
export default function ManageLinkNotFound() {
  return <InvalidLink />;
}
