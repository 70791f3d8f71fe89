import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The data-access boundary (docs/architecture.md): pages, route handlers, actions, components,
    // mails and the plumbing between them call services in lib/<domain>/; only those services
    // reach the database clients and the generated row types.
    files: [
      "app/**/*.{ts,tsx}",
      "components/**/*.{ts,tsx}",
      "emails/**/*.{ts,tsx}",
      "lib/actions/**/*.ts",
      "lib/pages/**/*.{ts,tsx}",
      "lib/validation/**/*.ts",
      "lib/http/**/*.ts",
      "lib/i18n/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/db",
                "@/lib/sql",
                "@/lib/generated/*",
                "@prisma/*",
                "kysely",
                "kysely/*",
                "pg",
                "pg-cursor",
              ],
              message: "Call a service in lib/<domain>/ instead (docs/architecture.md: data access).",
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS preload scripts for Node (Prisma CLI, the standalone worker) cannot use import.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
