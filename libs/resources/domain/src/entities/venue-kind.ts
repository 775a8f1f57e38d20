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
  /** 民間事業者の会議室 (guideline 6 (1)) */
  PRIVATE_COMPANY_MEETING_ROOM = 'PRIVATE_COMPANY_MEETING_ROOM',
}

/** バリアフリー設備: what makes a venue accessible. */
export enum VenueAccessibility {
  WHEELCHAIR = 'WHEELCHAIR',
  ELEVATOR = 'ELEVATOR',
  ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET',
  HEARING_LOOP = 'HEARING_LOOP',
  NURSING_ROOM = 'NURSING_ROOM',
  PARKING = 'PARKING',
}

export const VENUE_ACCESSIBILITY_LABELS: Record<VenueAccessibility, string> = {
  WHEELCHAIR: '車いすで利用可',
  ELEVATOR: 'エレベーター',
  ACCESSIBLE_TOILET: '多目的トイレ',
  HEARING_LOOP: '磁気ループ',
  NURSING_ROOM: '授乳室',
  PARKING: '駐車場',
};

/** 予約の状態: a booking is requested, confirmed (at once or by staff), or cancelled. */
export enum VenueBookingStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

export const VENUE_KIND_LABELS: Record<VenueKind, string> = {
  PUBLIC_MEETING_ROOM: '公共施設の会議室',
  FREE_SPACE: 'フリースペース',
  PRIVATE_COWORKING: '民間のコワーキングスペース',
  WELFARE_FACILITY: '福祉施設',
  PRIVATE_COMPANY_MEETING_ROOM: '民間事業者の会議室',
};
