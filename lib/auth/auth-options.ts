import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isKnownStaff } from "./staff-access";
import { sendSignInLink } from "./send-sign-in-link";

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
      sendVerificationRequest: ({ identifier, url }) => sendSignInLink(identifier, url),
    }),
  ],
  callbacks: {
    session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
    async signIn({ user, email }) {
      if (!email?.verificationRequest) return true;
      // Unknown addresses see the same "check your e-mail" page as staff, so the form cannot be
      // used to find out who is staff; they simply get no mail.
      return (await isKnownStaff(user.email ?? ""))
        ? true
        : new URL(CHECK_EMAIL_PAGE, env.PUBLIC_BASE_URL).toString();
    },
  },
  logger: {
    // NextAuth's own messages can carry e-mail addresses; log the code only.
    error: (code) => console.error(`auth: ${code}`),
    warn: (code) => console.warn(`auth: ${code}`),
    debug: () => {},
  },
};
