import { attendeeFormMetadata, attendeeFormRoute } from "../attendee-form-route";

export const dynamic = "force-dynamic";

export const generateMetadata = attendeeFormMetadata;

export default attendeeFormRoute("choices");
