import { connectionDataset, municipality, municipalityColumns } from './dataset-kit';

// The directory's public records (市民活動団体 一覧).
export const groups = connectionDataset({
  id: 'groups',
  title: '市民活動団体一覧 (Civic groups)',
  description: 'Registered civic groups (市民活動団体等) with their public profile and public contact: what the directory shows anyone. Pending and rejected groups and private contacts are never included.',
  source: 'groups',
  field: 'groups',
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'name', label: '名称' },
    { key: 'nameKana', label: '名称_カナ' },
    { key: 'organizationType', label: '団体種別' },
    { key: 'activityFields', label: '活動分野' },
    { key: 'districts', label: '活動地域' },
    { key: 'description', label: '活動内容' },
    { key: 'foundedOn', label: '設立年月日' },
    { key: 'memberCount', label: '会員数' },
    { key: 'website', label: 'URL' },
    { key: 'registeredOn', label: '登録日' },
    { key: 'publicEmail', label: '連絡先メールアドレス', path: 'publicContact.email' },
    { key: 'publicPhone', label: '連絡先電話番号', path: 'publicContact.phone' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});
