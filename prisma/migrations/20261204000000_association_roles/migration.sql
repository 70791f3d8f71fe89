-- Association-wide roles: an association administrator administers every meeting.
CREATE TYPE "AssociationRoleName" AS ENUM ('admin');

ALTER TABLE "User" ADD COLUMN "associationRole" "AssociationRoleName";
