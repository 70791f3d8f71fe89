import { saveOrganisationStep } from "../../actions";
import { draftStepPage, organisationStep, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("organisationStep");

export default draftStepPage(async ({ locale, slug, draftId, draft }) =>
  organisationStep({
    slug,
    action: saveOrganisationStep.bind(null, { locale, slug, draftId }),
    values: draft.data,
  }),
);
