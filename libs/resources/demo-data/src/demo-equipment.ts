import { deterministicUuid } from '@tsunagaru/shared-kernel';
import { addDays, demoGroupId } from '@tsunagaru/shared-demo-data';

/** Demo lendable equipment (貸出備品) of the civic activity centres, loans around the seed day, and incident reports. */

export interface DemoEquipmentItem {
  id: string;
  code: string;
  name: string;
  description: string;
  quantityOwned: number;
  venueId: string;
}

export interface DemoEquipmentLoan {
  id: string;
  itemId: string;
  groupId: string;
  quantity: number;
  startsOn: string;
  endsOn: string;
  returned: boolean;
}

export interface DemoAccidentReport {
  id: string;
  groupId: string;
  occurredOn: string;
  activity: string;
  description: string;
  injuredCount: number;
}

const ITEMS: Array<[code: string, name: string, description: string, owned: number, venue: string]> = [
  ['projector', 'プロジェクター', '講座や報告会用。HDMI接続。', 3, 'civic-center-kamakura-room'],
  ['event-tent', 'イベント用テント（3間×2間）', '屋外イベント用。設営に4人必要。', 5, 'civic-center-ofuna-room'],
  ['long-table', '長机', '折りたたみ式、180cm。', 20, 'civic-center-ofuna-room'],
  ['wireless-mic', 'ワイヤレスマイク', '2本1組。', 4, 'civic-center-kamakura-room'],
  ['pa-speaker', '拡声器（ポータブルスピーカー）', '屋外での案内用。', 2, 'civic-center-kamakura-room'],
  ['printer-riso', '印刷機（リソグラフ）', 'センター内で使用。会報の印刷に。', 1, 'civic-center-kamakura-room'],
];

export function buildDemoEquipment(today: string): { items: DemoEquipmentItem[]; loans: DemoEquipmentLoan[]; accidents: DemoAccidentReport[] } {
  const items = ITEMS.map(([code, name, description, quantityOwned, venue]) => ({
    id: deterministicUuid('equipment-item', code),
    code,
    name,
    description,
    quantityOwned,
    venueId: deterministicUuid('venue', venue),
  }));
  const item = (code: string) => items.find((candidate) => candidate.code === code)!.id;
  const rows: Array<[code: string, group: number, quantity: number, from: number, to: number, returned: boolean]> = [
    ['event-tent', 11, 2, -40, -38, true],
    ['long-table', 11, 10, -40, -38, true],
    ['projector', 23, 1, -15, -15, true],
    ['wireless-mic', 37, 2, -3, -1, true],
    ['event-tent', 41, 3, 2, 4, false],
    ['long-table', 41, 12, 2, 4, false],
    ['projector', 52, 1, 0, 1, false],
    ['pa-speaker', 64, 1, 5, 6, false],
    ['projector', 12, 2, 7, 7, false],
  ];
  const loans = rows.map(([code, group, quantity, from, to, returned], n) => ({
    id: deterministicUuid('equipment-loan', String(n)),
    itemId: item(code),
    groupId: demoGroupId(group),
    quantity,
    startsOn: addDays(today, from),
    endsOn: addDays(today, to),
    returned,
  }));
  const accidents = [
    { id: deterministicUuid('accident-report', '0'), groupId: demoGroupId(11), occurredOn: addDays(today, -39), activity: '海岸清掃', description: '参加者1名が岩場で足首をひねった。応急手当の後、整形外科を受診。', injuredCount: 1 },
    { id: deterministicUuid('accident-report', '1'), groupId: demoGroupId(23), occurredOn: addDays(today, -70), activity: '子ども食堂の調理', description: 'ボランティア1名が包丁で指を切った。通院1回。', injuredCount: 1 },
  ];
  return { items, loans, accidents };
}
