// The OpenAPI description of the public REST API. Request bodies come from the same Zod schemas
// the server validates with, so the document cannot drift from what the API accepts.
import { z } from "zod";
import { registrationInput } from "@/lib/validation/registration";

const localised = {
  type: "object",
  properties: { sv: { type: "string" }, en: { type: "string" } },
  required: ["sv", "en"],
};

const fieldError = {
  type: "object",
  properties: {
    field: { type: "string", description: "Path of the field, e.g. delegates.0.email" },
    code: { type: "string", description: "Stable code, e.g. required, emailTaken, votingDelegateTaken" },
    params: { type: "object", additionalProperties: { oneOf: [{ type: "string" }, { type: "number" }] } },
    message: { type: "string", description: "The problem in the request's language (sv or en)" },
  },
  required: ["field", "code", "message"],
};

const errorBody = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "array", items: fieldError },
      },
      required: ["code", "message", "fields"],
    },
  },
  required: ["error"],
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Svenska Industrikommuner – meeting registration",
      version: "1.0.0",
      description:
        "Register a member municipality's (or an observer organisation's) delegates for a network meeting. " +
        "Send the same idempotencyKey (or Idempotency-Key header) when retrying: a repeat returns the first result. " +
        "A registration counts for its organisation at once when it carries the invitationToken of the organisation's " +
        "invitation link and (where the register knows them) comes from an address at one of its domains; otherwise " +
        'its approval is "pending": no vote and no members-only place until staff approve it.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/events": {
        get: {
          summary: "The published meetings that have not ended, soonest first",
          responses: {
            "200": {
              description: "The meetings",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      events: { type: "array", items: { $ref: "#/components/schemas/EventSummary" } },
                    },
                    required: ["events"],
                  },
                },
              },
            },
          },
        },
      },
      "/api/v1/events/{slug}": {
        get: {
          summary: "The public event with its activities and the seats left now",
          parameters: [
            { name: "slug", in: "path", required: true, schema: { type: "string" }, example: "lulea-2027" },
          ],
          responses: {
            "200": {
              description: "The event",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Event" } } },
            },
            "404": errorResponse("No published event with this slug"),
          },
        },
      },
      "/api/v1/events/{slug}/registrations": {
        post: {
          summary: "Register delegates",
          parameters: [
            { name: "slug", in: "path", required: true, schema: { type: "string" }, example: "lulea-2027" },
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              schema: { type: "string", minLength: 8, maxLength: 100 },
            },
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/RegistrationInput" } } },
          },
          responses: {
            "201": {
              description: "Registered",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Registration" } } },
            },
            "200": {
              description: "A repeat of an earlier submit (same idempotency key): its result",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Registration" } } },
            },
            "400": errorResponse("The body is not a JSON object"),
            "404": errorResponse("No published event with this slug"),
            "409": errorResponse(
              "Registration not open or closed, an e-mail already registered, a voting delegate already named, or an activity full",
            ),
            "422": errorResponse("Invalid fields; see error.fields"),
            "429": errorResponse("Too many submits from this address; see the Retry-After header"),
          },
        },
      },
    },
    components: {
      schemas: {
        RegistrationInput: z.toJSONSchema(registrationInput, { io: "input", unrepresentable: "any" }),
        Registration: {
          type: "object",
          properties: {
            reference: { type: "string", example: "LUL-7KQ3" },
            status: { type: "string", enum: ["active", "cancelled"] },
            approval: { type: "string", enum: ["approved", "pending"] },
            organisation: { type: "string" },
            delegates: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  name: { type: "string" },
                  email: { type: "string" },
                  isVotingDelegate: { type: "boolean" },
                  votePending: {
                    type: "boolean",
                    description: "Named voting delegate by a registration awaiting approval",
                  },
                  signups: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        activityId: { type: "string", format: "uuid" },
                        activityKey: { type: "string" },
                        status: { type: "string", enum: ["confirmed", "waitlisted", "pending", "cancelled"] },
                        waitlistPosition: { type: ["integer", "null"] },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        EventSummary: {
          type: "object",
          properties: {
            slug: { type: "string", description: "Names the meeting in /api/v1/events/{slug}" },
            name: localised,
            summary: localised,
            startsAt: { type: "string", format: "date-time" },
            endsAt: { type: "string", format: "date-time" },
            city: { type: "string" },
          },
          required: ["slug", "name", "summary", "startsAt", "endsAt", "city"],
        },
        Event: {
          type: "object",
          properties: {
            id: { type: "string", format: "uuid" },
            slug: { type: "string" },
            status: { type: "string", enum: ["open", "closed"] },
            name: localised,
            summary: localised,
            description: localised,
            themes: {
              type: "array",
              items: { type: "object", properties: { title: localised, text: localised } },
            },
            startsAt: { type: "string", format: "date-time" },
            endsAt: { type: "string", format: "date-time" },
            venueName: { type: "string" },
            venueAddress: { type: "string" },
            city: { type: "string" },
            hostName: { type: ["string", "null"], description: "The host municipality" },
            logoUrl: {
              type: ["string", "null"],
              description: "The host's logo, or null when none is uploaded",
            },
            contactEmail: { type: "string", format: "email" },
            registrationOpensAt: { type: "string", format: "date-time" },
            registrationClosesAt: { type: "string", format: "date-time" },
            changeDeadline: { type: "string", format: "date-time" },
            questions: questionsOf("every attendee"),
            programme: {
              type: "array",
              description: "Times and speakers within each day; nobody signs up for these",
              items: {
                type: "object",
                properties: {
                  id: { type: "string", format: "uuid" },
                  startsAt: { type: "string", format: "date-time" },
                  endsAt: { type: ["string", "null"], format: "date-time" },
                  title: localised,
                  speakers: { type: "string" },
                },
              },
            },
            activities: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "string", format: "uuid" },
                  key: { type: "string" },
                  kind: { type: "string", enum: ["programme", "study_visit", "dinner", "annual_meeting"] },
                  name: localised,
                  description: localised,
                  place: localised,
                  startsAt: { type: "string", format: "date-time" },
                  endsAt: { type: "string", format: "date-time" },
                  capacity: { type: ["integer", "null"] },
                  seatsLeft: { type: ["integer", "null"] },
                  waitlistEnabled: { type: "boolean" },
                  signupClosesAt: { type: ["string", "null"], format: "date-time" },
                  membersOnly: { type: "boolean" },
                  questions: questionsOf("those who choose the activity"),
                },
              },
            },
          },
        },
        Error: errorBody,
      },
    },
  };
}

/** Questions as the API shows them; answers go in a delegate's `answers` under the asker's id. */
function questionsOf(whom: string) {
  return {
    type: "array",
    description: `What ${whom} are asked; answered in a delegate's answers under this id`,
    items: {
      type: "object",
      properties: {
        key: { type: "string" },
        type: {
          type: "string",
          enum: ["text", "long_text", "single_choice", "multiple_choice", "yes_no", "date", "number"],
        },
        labelSv: { type: "string" },
        labelEn: { type: "string" },
        helpSv: { type: "string" },
        helpEn: { type: "string" },
        required: { type: "boolean" },
        options: {
          type: "array",
          items: {
            type: "object",
            properties: {
              value: { type: "string" },
              labelSv: { type: "string" },
              labelEn: { type: "string" },
            },
          },
        },
        visibility: { type: "string", enum: ["staff", "admins"] },
        keepDaysAfter: { type: ["integer", "null"] },
        removed: { type: "boolean" },
      },
    },
  };
}
