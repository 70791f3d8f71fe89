// The driver adapter the Prisma CLI uses (migrate, diff, seed), with the fixes that Prisma 6.19's
// adapter path needs on these machines. The app builds its own client in lib/db.ts.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
// ColumnTypeEnum.Character of @prisma/driver-adapter-utils.
const CHARACTER_COLUMN = 6;

type Field = { dataTypeID: number };
type Result = { fields?: Field[] };
// A multi-statement script yields one result per statement.
type PerformIO = (query: unknown) => Promise<Result | Result[]>;
type QueryRaw = (query: unknown) => Promise<{ columnNames: string[]; columnTypes: number[] }>;
type Queryable = { performIO: PerformIO; queryRaw: QueryRaw; __catalogTypesPatched?: true };
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// prisma/orm#27403: the schema engine reads catalog columns of type `name` (OID 19) and `"char"`
// (OID 18), which adapter-pg cannot map ("Column type 'name' could not be deserialized"). Both
// arrive as plain strings, so reporting them as `text` works, with one exception below.
function fixCatalogTypes(adapter: Adapter) {
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) {
    proto = Object.getPrototypeOf(proto);
  }
  if (!proto) throw new Error("adapter-pg changed shape (no performIO); revisit prisma/cli-adapter.ts");
  // The prototype is shared by the adapter and its transactions, so one patch covers both.
  const target = proto as Queryable;
  if (target.__catalogTypesPatched) return;
  const original = target.performIO;
  target.performIO = async function (this: Queryable, query: unknown) {
    const result = await original.call(this, query);
    for (const statement of Array.isArray(result) ? result : [result]) {
      for (const field of statement.fields ?? []) {
        if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      }
    }
    return result;
  };
  // The one "char" column the engine wants as a character, not a string: the check-constraint
  // describer's contype. As text it crashes the WASM engine ("RuntimeError: unreachable").
  const originalQueryRaw = target.queryRaw;
  target.queryRaw = async function (this: Queryable, query: unknown) {
    const result = await originalQueryRaw.call(this, query);
    result.columnNames.forEach((name, column) => {
      if (name === "constraint_type") result.columnTypes[column] = CHARACTER_COLUMN;
    });
    return result;
  };
  target.__catalogTypesPatched = true;
}

function poolConfig(databaseUrl: string): PoolConfig {
  const url = new URL(databaseUrl);
  // Separate fields rather than a connection string: with a connection string, adapter-pg 6.19's
  // shadow database would silently be the main database.
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    // Otherwise idle connections hold every CLI run open for pg's 10 s idle timeout.
    allowExitOnIdle: true,
  };
}

async function connect(config: PoolConfig): Promise<Adapter> {
  const adapter = await new PrismaPg(config).connect();
  fixCatalogTypes(adapter);
  return adapter;
}

export function createCliAdapter(databaseUrl: string): PrismaPg {
  const config = poolConfig(databaseUrl);
  const factory = new PrismaPg(config);
  factory.connect = () => connect(config);
  // adapter-pg drops the shadow database while its own pool still holds a connection to it
  // ("being accessed by other users"); close the pool first, then drop.
  factory.connectToShadowDb = async () => {
    const main = await connect(config);
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await connect({ ...config, database });
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  };
  return factory;
}
