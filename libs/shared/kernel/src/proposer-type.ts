/** Who made a mutual-proposal (相互提案協働事業) proposal. Names are fixed by contract. */
export enum ProposerType {
  CITY = 'CITY',
  GROUP = 'GROUP',
}

export const PROPOSER_TYPE_LABELS: Record<ProposerType, string> = {
  CITY: '市からの提案（行政提案）',
  GROUP: '市民活動団体等からの提案（市民提案）',
};
