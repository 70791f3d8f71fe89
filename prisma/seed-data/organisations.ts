// Member municipalities of Svenska Industrikommuner. `confirmed: true` marks members named in the
// network's public material; the others are PLACEHOLDERS (plausible industrial municipalities) to be
// replaced with the real member list by the association before registration opens.
export type SeedOrganisation = { name: string; confirmed: boolean };

export const memberOrganisations: SeedOrganisation[] = [
  { name: "Luleå kommun", confirmed: true },
  { name: "Borlänge kommun", confirmed: true },
  { name: "Mariestads kommun", confirmed: true },
  { name: "Oskarshamns kommun", confirmed: true },
  { name: "Oxelösunds kommun", confirmed: true },
  { name: "Finspångs kommun", confirmed: true },
  { name: "Östhammars kommun", confirmed: true },
  { name: "Skellefteå kommun", confirmed: true },
  { name: "Örnsköldsviks kommun", confirmed: true },
  { name: "Sandvikens kommun", confirmed: false },
  { name: "Karlskoga kommun", confirmed: false },
  { name: "Trollhättans stad", confirmed: false },
  { name: "Olofströms kommun", confirmed: false },
  { name: "Ludvika kommun", confirmed: false },
  { name: "Fagersta kommun", confirmed: false },
  { name: "Hallstahammars kommun", confirmed: false },
  { name: "Degerfors kommun", confirmed: false },
  { name: "Hofors kommun", confirmed: false },
  { name: "Gislaveds kommun", confirmed: false },
  { name: "Smedjebackens kommun", confirmed: false },
  { name: "Kiruna kommun", confirmed: false },
  { name: "Gällivare kommun", confirmed: false },
  { name: "Köpings kommun", confirmed: false },
  { name: "Söderhamns kommun", confirmed: false },
];
