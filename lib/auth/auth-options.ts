import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { admitStaff } from "./admit-staff";
import { sendSignInLink } from "./send-sign-in-link";
import { maySendSignInMail, normaliseSignInEmail } from "./limit-sign-in-requests";

const CHECK_EMAIL_PAGE = "/admin/sign-in/check-email";

// NextAuth builds its links (the sign-in link in the mail) from NEXTAUTH_URL.
process.env.NEXTAUTH_URL ??= env.PUBLIC_BASE_URL;

/** NextAuth: staff sign in with a link sent by e-mail through the outbox; sessions live in PostgreSQL. */
export const authOptions: NextAuthOptions = {
  // The adapter is typed for @prisma/client; the generated client has the same models.
  adapter: PrismaAdapter(db as never),
  secret: env.AUTH_SECRET,
  session: { strategy: "database", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/admin/sign-in", verifyRequest: CHECK_EMAIL_PAGE, error: "/admin/sign-in" },
  providers: [
    EmailProvider({
      // Unused: links go through the outbox (sendVerificationRequest), never straight to SMTP.
      server: "smtp://127.0.0.1:25",
      from: env.MAIL_FROM,
      maxAge: 15 * 60,
      normalizeIdentifier: normaliseSignInEmail,
      // Every request is answered alike, whoever the address is; only staff get a mail, and at
      // most a few per window (limit-sign-in-requests.ts).
      sendVerificationRequest: async ({ identifier, url }) => {
        if ((await admitStaff(identifier)) && (await maySendSignInMail(identifier)))
          await sendSignInLink(identifier, url);
      },
    }),
  ],
  callbacks: {
    session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
    // A link request goes on for any address, so the answer cannot tell who is staff; following
    // a link signs in only someone who is staff by then.
    signIn: async ({ user, email }) => Boolean(email?.verificationRequest) || admitStaff(user.email ?? ""),
  },
  logger: {
    // NextAuth's own messages can carry e-mail addresses; log the code only.
    error: (code) => console.error(`auth: ${code}`),
    warn: (code) => console.warn(`auth: ${code}`),
    debug: () => {},
  },
};
