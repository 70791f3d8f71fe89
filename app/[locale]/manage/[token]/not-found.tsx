import { InvalidLink } from "@/components/manage/load-manage-view";

/** An unknown private link, or a page the link does not open: 404, saying what to do. */
export default function ManageLinkNotFound() {
  return <InvalidLink />;
}
