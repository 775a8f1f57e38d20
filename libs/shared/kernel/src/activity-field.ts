/**
 * The 20 activity fields of Japan's NPO law (特定非営利活動促進法 別表), in the law's order.
 * Names are fixed by contract with the city website and dashboards.
 */
export enum ActivityField {
  HEALTH_MEDICAL_WELFARE = 'HEALTH_MEDICAL_WELFARE',
  SOCIAL_EDUCATION = 'SOCIAL_EDUCATION',
  COMMUNITY_DEVELOPMENT = 'COMMUNITY_DEVELOPMENT',
  TOURISM = 'TOURISM',
  RURAL_DEVELOPMENT = 'RURAL_DEVELOPMENT',
  CULTURE_ARTS_SPORTS = 'CULTURE_ARTS_SPORTS',
  ENVIRONMENT = 'ENVIRONMENT',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  COMMUNITY_SAFETY = 'COMMUNITY_SAFETY',
  HUMAN_RIGHTS_PEACE = 'HUMAN_RIGHTS_PEACE',
  INTERNATIONAL_COOPERATION = 'INTERNATIONAL_COOPERATION',
  GENDER_EQUALITY = 'GENDER_EQUALITY',
  CHILD_DEVELOPMENT = 'CHILD_DEVELOPMENT',
  INFORMATION_SOCIETY = 'INFORMATION_SOCIETY',
  SCIENCE_TECHNOLOGY = 'SCIENCE_TECHNOLOGY',
  ECONOMIC_ACTIVITY = 'ECONOMIC_ACTIVITY',
  VOCATIONAL_SKILLS_EMPLOYMENT = 'VOCATIONAL_SKILLS_EMPLOYMENT',
  CONSUMER_PROTECTION = 'CONSUMER_PROTECTION',
  SUPPORT_FOR_CIVIC_ORGANIZATIONS = 'SUPPORT_FOR_CIVIC_ORGANIZATIONS',
  PREFECTURAL_ORDINANCE = 'PREFECTURAL_ORDINANCE',
}

/**
 * 活動分野: each field in the wording of the NPO law's table (特定非営利活動促進法 別表),
 * used in API descriptions. The guideline's table (section 2) words them its own way:
 * it drops 「学術、」 and appends 「を図る活動」 (「文化、芸術又はスポーツの振興を図る活動」
 * for the law's 「学術、文化、芸術又はスポーツの振興」), so staff comparing with the
 * guideline find each field under the law's fuller name.
 */
export const ACTIVITY_FIELD_LABELS: Record<ActivityField, string> = {
  HEALTH_MEDICAL_WELFARE: '保健、医療又は福祉の増進',
  SOCIAL_EDUCATION: '社会教育の推進',
  COMMUNITY_DEVELOPMENT: 'まちづくりの推進',
  TOURISM: '観光の振興',
  RURAL_DEVELOPMENT: '農山漁村又は中山間地域の振興',
  CULTURE_ARTS_SPORTS: '学術、文化、芸術又はスポーツの振興',
  ENVIRONMENT: '環境の保全',
  DISASTER_RELIEF: '災害救援',
  COMMUNITY_SAFETY: '地域安全',
  HUMAN_RIGHTS_PEACE: '人権の擁護又は平和の推進',
  INTERNATIONAL_COOPERATION: '国際協力',
  GENDER_EQUALITY: '男女共同参画社会の形成の促進',
  CHILD_DEVELOPMENT: '子どもの健全育成',
  INFORMATION_SOCIETY: '情報化社会の発展',
  SCIENCE_TECHNOLOGY: '科学技術の振興',
  ECONOMIC_ACTIVITY: '経済活動の活性化',
  VOCATIONAL_SKILLS_EMPLOYMENT: '職業能力の開発又は雇用機会の拡充の支援',
  CONSUMER_PROTECTION: '消費者の保護',
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: '団体の運営又は活動に関する連絡、助言又は援助',
  PREFECTURAL_ORDINANCE: '都道府県又は指定都市の条例で定める活動',
};
