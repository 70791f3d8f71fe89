// The diets a delegate can tick. Its own module, free of zod, because the registration form's
// browser code needs the list too and importing it from the schemas shipped zod to every
// visitor (32 KB gzip; docs/performance.md).
export const DIET_CHOICES = ["vegetarian", "vegan", "gluten_free", "lactose_free", "no_pork"] as const;
export type DietChoice = (typeof DIET_CHOICES)[number];
