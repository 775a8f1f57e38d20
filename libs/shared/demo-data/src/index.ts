export * from './dates';
export * from './departments';
export * from './intermediaries';
export * from './demo-ids';
export * from './demo-principals';
export * from './random';
// The 390 demo groups: the directory seeds them, and every other subgraph's demo data picks
// proposers, bookers and respondents among them by their fields, districts and dates.
export { buildDemoGroups, type DemoGroup } from './groups/demo-groups';
export { PLACES, placeNamed, writtenName, type Place } from './groups/kamakura-places';
export { GIVEN_NAMES, SURNAMES, type NamePart } from './groups/people';
