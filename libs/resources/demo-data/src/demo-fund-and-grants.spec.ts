import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import { buildDemoDonations } from './demo-fund';
import { buildDemoEquipment } from './demo-equipment';
import { buildDemoGrants } from './demo-grants';

const TODAY = '2026-11-28';

describe('buildDemoDonations', () => {
  const donations = buildDemoDonations();

  it('covers FY2019 and FY2020 and all four channels in each', () => {
    for (const fiscalYear of [2019, 2020]) {
      const ofYear = donations.filter((donation) => fiscalYearOf(donation.receivedOn) === fiscalYear);
      expect(new Set(ofYear.map((donation) => donation.channel))).toEqual(new Set(['DIRECT', 'FURUSATO_NOZEI', 'VENDING_MACHINE', 'OTHER']));
    }
    expect(donations.every((donation) => [2019, 2020].includes(fiscalYearOf(donation.receivedOn)))).toBe(true);
  });

  it('has unique keys, whole positive yen, and display names only with consent', () => {
    expect(new Set(donations.map((donation) => donation.idempotencyKey)).size).toBe(donations.length);
    for (const donation of donations) {
      expect(Number.isInteger(donation.amountYen) && donation.amountYen > 0).toBe(true);
      if (donation.publicDisplayName) expect(donation.consentToPublicName).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(buildDemoDonations()).toEqual(donations);
  });
});

describe('buildDemoGrants', () => {
  const grants = buildDemoGrants(TODAY);

  it('has three city programmes and private listings, some open on the seed day', () => {
    expect(grants.programs.filter((program) => program.kind === 'CITY')).toHaveLength(3);
    const open = grants.programs.filter((program) => program.kind === 'PRIVATE' && program.opensOn <= TODAY && TODAY <= program.closesOn);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(grants.programs.some((program) => program.kind === 'PRIVATE' && program.closesOn < TODAY)).toBe(true);
  });

  it('has applications in every state, and awards within request, maximum and budget', () => {
    expect(new Set(grants.applications.map((application) => application.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'AWARDED', 'REJECTED']));
    for (const program of grants.programs.filter((candidate) => candidate.kind === 'CITY')) {
      const awards = grants.awards.filter((award) => award.programId === program.id);
      expect(awards.reduce((sum, award) => sum + award.amountYen, 0)).toBeLessThanOrEqual(program.budgetYen!);
      for (const award of awards) {
        const application = grants.applications.find((candidate) => candidate.id === award.applicationId)!;
        expect(award.amountYen).toBeLessThanOrEqual(Math.min(application.requestedYen, program.maxAwardYen!));
      }
    }
    expect(grants.awards.filter((award) => award.paidOn !== null).length).toBeGreaterThan(0);
  });

  it('pays FY2019 awards from what the fund had received by then', () => {
    const received = buildDemoDonations()
      .filter((donation) => donation.receivedOn <= '2019-08-20')
      .reduce((sum, donation) => sum + donation.amountYen, 0);
    const paid = grants.awards.filter((award) => award.paidOn && award.paidOn <= '2019-08-20').reduce((sum, award) => sum + award.amountYen, 0);
    expect(paid).toBeLessThanOrEqual(received);
  });
});

describe('buildDemoEquipment', () => {
  it('never lends more than owned on any day', () => {
    const { items, loans } = buildDemoEquipment(TODAY);
    for (const item of items) {
      const open = loans.filter((loan) => loan.itemId === item.id && !loan.returned);
      for (const loan of open) {
        const overlapping = open.filter((other) => other.startsOn <= loan.endsOn && loan.startsOn <= other.endsOn);
        expect(overlapping.reduce((sum, other) => sum + other.quantity, 0)).toBeLessThanOrEqual(item.quantityOwned);
      }
    }
  });
});
