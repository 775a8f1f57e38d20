/** 活動の場の種類: the kinds of place the guideline (6 (1)) asks the city to open or enlist. */
export enum VenueKind {
  /** 公共施設の会議室 */
  PUBLIC_MEETING_ROOM = 'PUBLIC_MEETING_ROOM',
  /** フリースペース */
  FREE_SPACE = 'FREE_SPACE',
  /** 民間のコワーキングスペース */
  PRIVATE_COWORKING = 'PRIVATE_COWORKING',
  /** 福祉施設 */
  WELFARE_FACILITY = 'WELFARE_FACILITY',
}

export const VENUE_KIND_LABELS: Record<VenueKind, string> = {
  PUBLIC_MEETING_ROOM: '公共施設の会議室',
  FREE_SPACE: 'フリースペース',
  PRIVATE_COWORKING: '民間のコワーキングスペース',
  WELFARE_FACILITY: '福祉施設',
};
