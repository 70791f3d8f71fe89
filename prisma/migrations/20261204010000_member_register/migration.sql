-- The member register kept in the app: organisation numbers and the members' own mail domains.
ALTER TABLE "Organisation" ADD COLUMN "orgNumber" TEXT,
ADD COLUMN "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE UNIQUE INDEX "Organisation_orgNumber_key" ON "Organisation"("orgNumber");
