/** The first administrator of the e2e run (ADMIN_EMAILS) and where its signed-in session is kept. */
export const ADMIN = "admin@e2e.example.se";
export const ADMIN_STATE = "e2e/.auth/admin.json";
