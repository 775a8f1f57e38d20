import { describe, expect, it } from 'vitest';
import { yen } from '@tsunagaru/shared-kernel';
import { DonationChannel } from '../entities';
import { checkDonation, donationRequestHash, type RecordDonationInput } from './civic-fund.service';

const base: RecordDonationInput = { idempotencyKey: 'receipt-1', amountYen: yen(10_000), channel: DonationChannel.DIRECT };
const codes = (input: Partial<RecordDonationInput>) => checkDonation({ ...base, ...input }, '2026-11-28').map((issue) => `${issue.field.join('.')}:${issue.code}`);

describe('checkDonation', () => {
  it('accepts a plain donation', () => {
    expect(codes({})).toEqual([]);
  });

  it('refuses a blank or overlong key, zero yen and a day in the future', () => {
    expect(codes({ idempotencyKey: ' ' })).toEqual(['idempotencyKey:REQUIRED']);
    expect(codes({ idempotencyKey: 'x'.repeat(201) })).toEqual(['idempotencyKey:TOO_LONG']);
    expect(codes({ amountYen: yen(0) })).toEqual(['amountYen:OUT_OF_RANGE']);
    expect(codes({ receivedOn: '2026-11-29' })).toEqual(['receivedOn:IN_FUTURE']);
  });

  it('shows a display name only with consent, and asks for one when consent is given', () => {
    expect(codes({ publicDisplayName: '鎌倉 花子' })).toEqual(['publicDisplayName:CONSENT_REQUIRED']);
    expect(codes({ consentToPublicName: true })).toEqual(['publicDisplayName:REQUIRED']);
    expect(codes({ consentToPublicName: true, publicDisplayName: '鎌倉 花子' })).toEqual([]);
  });

  it('takes an earmark or a designated group, not both', () => {
    expect(codes({ designatedGroupId: 'not-a-uuid' })).toEqual(['designatedGroupId:INVALID_FORMAT']);
    expect(codes({ designatedGroupId: '5b0e8a40-3c1d-4e2f-9a6b-7c8d9e0f1a2b', earmarkField: 'ENVIRONMENT' as never })).toEqual(['earmarkField:EXCLUSIVE']);
  });
});

describe('donationRequestHash', () => {
  it('is the same for the same content and differs when any of it differs', () => {
    const hash = donationRequestHash(base, '2026-11-28');
    expect(donationRequestHash({ ...base }, '2026-11-28')).toBe(hash);
    expect(donationRequestHash({ ...base, donorName: '  ' }, '2026-11-28')).toBe(hash);
    expect(donationRequestHash({ ...base, amountYen: yen(10_001) }, '2026-11-28')).not.toBe(hash);
    expect(donationRequestHash({ ...base, channel: DonationChannel.OTHER }, '2026-11-28')).not.toBe(hash);
    expect(donationRequestHash(base, '2026-11-27')).not.toBe(hash);
    expect(donationRequestHash({ ...base, donorName: '長谷 和子' }, '2026-11-28')).not.toBe(hash);
  });
});
