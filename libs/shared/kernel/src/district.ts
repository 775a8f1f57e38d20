/** Kamakura's five districts (地域). Names are fixed by contract. */
export enum District {
  KAMAKURA = 'KAMAKURA',
  KOSHIGOE = 'KOSHIGOE',
  FUKASAWA = 'FUKASAWA',
  OFUNA = 'OFUNA',
  TAMANAWA = 'TAMANAWA',
}

export const DISTRICT_LABELS: Record<District, string> = {
  KAMAKURA: '鎌倉地域',
  KOSHIGOE: '腰越地域',
  FUKASAWA: '深沢地域',
  OFUNA: '大船地域',
  TAMANAWA: '玉縄地域',
};
