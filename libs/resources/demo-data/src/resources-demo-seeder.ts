import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { createHash } from 'node:crypto';
import {
  AccidentReport,
  Donation,
  EquipmentItem,
  EquipmentLoan,
  EquipmentLoanStatus,
  DonationChannel,
  FundOffice,
  GrantApplication,
  GrantApplicationStatus,
  GrantAward,
  GrantProgram,
  GrantProgramKind,
  LedgerAccount,
  LedgerLine,
  LedgerTransaction,
  LedgerTransactionKind,
  Venue,
  VenueAccessibility,
  VenueBooking,
  VenueBookingStatus,
  VenueClosure,
  VenueKind,
} from '@tsunagaru/resources-domain';
import { deterministicUuid, signedYen, startOfJapanDay, todayInJapan, yen, type ActivityField, type OrganizationType } from '@tsunagaru/shared-kernel';
import { buildDemoEquipment } from './demo-equipment';
import { buildDemoGrants } from './demo-grants';
import { buildDemoDonations, DEMO_FUND_SECRETARIAT_DEPARTMENT_ID } from './demo-fund';
import { buildDemoUpcomingBookings, buildDemoVenueBookings, buildDemoVenueClosures, buildDemoVenues, type DemoVenueBooking } from './demo-venues';

/**
 * The demo venues (活動の場), their FY2019 bookings and the two weeks after the seed day,
 * closures around it. Bookings refer to the directory's demo groups by their shared
 * deterministic ids.
 */
export const resourcesDemoSeeder: DemoSeeder = {
  async seed(em) {
    const now = new Date();
    const today = todayInJapan(now);
    const venues = buildDemoVenues();
    const bookings = [...buildDemoVenueBookings(), ...buildDemoUpcomingBookings(today)];
    const closures = buildDemoVenueClosures(today);
    await em.insertMany(
      Venue,
      venues.map((venue) => ({
        ...venue,
        kind: VenueKind[venue.kind],
        accessibility: venue.accessibility.map((value) => VenueAccessibility[value]),
        hourlyFeeYen: yen(venue.hourlyFeeYen),
      })),
    );
    await em.insertMany(VenueClosure, closures);
    await em.insertMany(
      VenueBooking,
      bookings.map((booking: DemoVenueBooking) => {
        const status = VenueBookingStatus[booking.status ?? 'CONFIRMED'];
        const startsAt = new Date(booking.startsAt);
        return {
          id: booking.id,
          venueId: booking.venueId,
          groupId: booking.groupId,
          startsAt,
          endsAt: new Date(booking.endsAt),
          purpose: booking.purpose,
          attendees: booking.attendees,
          createdAt: now,
          status,
          decidedAt: status === VenueBookingStatus.REQUESTED ? null : now,
          decidedBy: null,
          cancelledAt: status === VenueBookingStatus.CANCELLED ? now : null,
          cancelledBy: status === VenueBookingStatus.CANCELLED ? 'demo' : null,
        };
      }),
    );

    // The fund: its secretariat, and FY2019–FY2020 donations, each booked in the ledger.
    await em.insertMany(FundOffice, [{ singleton: true, secretariatDepartmentId: DEMO_FUND_SECRETARIAT_DEPARTMENT_ID, updatedAt: now, updatedBy: null }]);
    const donations = buildDemoDonations();
    await em.insertMany(
      Donation,
      donations.map((donation) => ({
        id: donation.id,
        idempotencyKey: donation.idempotencyKey,
        requestHash: createHash('sha256').update(donation.idempotencyKey).digest('hex'),
        amountYen: yen(donation.amountYen),
        channel: DonationChannel[donation.channel],
        receivedOn: donation.receivedOn,
        earmarkField: donation.earmarkField as ActivityField | null,
        designatedGroupId: donation.designatedGroupId,
        donorName: donation.donorName,
        donorContact: donation.donorContact,
        consentToPublicName: donation.consentToPublicName,
        publicDisplayName: donation.publicDisplayName,
        recordedBy: 'demo',
        createdAt: now,
      })),
    );
    await em.insertMany(
      LedgerTransaction,
      donations.map((donation) => ({
        id: donation.transactionId,
        kind: LedgerTransactionKind.DONATION,
        bookedOn: donation.receivedOn,
        memo: `寄附 (${donation.channel})`,
        donationId: donation.id,
        createdAt: now,
        createdBy: 'demo',
      })),
    );
    await em.insertMany(
      LedgerLine,
      donations.flatMap((donation) => [
        { id: deterministicUuid('ledger-line', `${donation.id}-cash`), transactionId: donation.transactionId, account: LedgerAccount.FUND_CASH, amountYen: signedYen(donation.amountYen) },
        { id: deterministicUuid('ledger-line', `${donation.id}-income`), transactionId: donation.transactionId, account: LedgerAccount.DONATION_INCOME, amountYen: signedYen(-donation.amountYen) },
      ]),
    );

    // Grants: programmes, applications in every state, awards, and the paid ones booked in the ledger.
    const grants = buildDemoGrants(today);
    await em.insertMany(
      GrantProgram,
      grants.programs.map((program) => ({
        ...program,
        kind: GrantProgramKind[program.kind],
        budgetYen: program.budgetYen === null ? null : yen(program.budgetYen),
        minAwardYen: program.minAwardYen === null ? null : yen(program.minAwardYen),
        maxAwardYen: program.maxAwardYen === null ? null : yen(program.maxAwardYen),
        eligibleFields: program.eligibleFields as ActivityField[],
        eligibleOrganizationTypes: program.eligibleOrganizationTypes as OrganizationType[],
        createdAt: now,
      })),
    );
    await em.insertMany(
      GrantApplication,
      grants.applications.map((application) => ({
        id: application.id,
        programId: application.programId,
        groupId: application.groupId,
        status: GrantApplicationStatus[application.status],
        title: application.title,
        plan: application.plan,
        activityField: application.activityField as ActivityField,
        organizationType: application.organizationType as OrganizationType,
        requestedYen: yen(application.requestedYen),
        submittedAt: application.submittedOn ? startOfJapanDay(application.submittedOn) : null,
        decidedAt: application.decidedOn ? startOfJapanDay(application.decidedOn) : null,
        decidedBy: application.decidedOn ? 'demo' : null,
        decisionReason: application.decisionReason,
        createdAt: application.submittedOn ? startOfJapanDay(application.submittedOn) : now,
        createdBy: 'demo',
      })),
    );
    await em.insertMany(
      GrantAward,
      grants.awards.map((award) => ({
        id: award.id,
        applicationId: award.applicationId,
        programId: award.programId,
        groupId: award.groupId,
        amountYen: yen(award.amountYen),
        awardedOn: award.awardedOn,
        awardedBy: 'demo',
        paidOn: null,
        ledgerTransactionId: null,
        report: award.report,
        reportedAt: award.report ? now : null,
      })),
    );
    const paid = grants.awards.filter((award) => award.transactionId !== null);
    await em.insertMany(
      LedgerTransaction,
      paid.map((award) => ({
        id: award.transactionId!,
        kind: LedgerTransactionKind.GRANT_PAYMENT,
        bookedOn: award.paidOn!,
        memo: '助成金の交付',
        donationId: null,
        grantAwardId: award.id,
        createdAt: now,
        createdBy: 'demo',
      })),
    );
    await em.insertMany(
      LedgerLine,
      paid.flatMap((award) => [
        { id: deterministicUuid('ledger-line', `${award.id}-expense`), transactionId: award.transactionId!, account: LedgerAccount.GRANT_EXPENSE, amountYen: signedYen(award.amountYen) },
        { id: deterministicUuid('ledger-line', `${award.id}-cash`), transactionId: award.transactionId!, account: LedgerAccount.FUND_CASH, amountYen: signedYen(-award.amountYen) },
      ]),
    );
    for (const award of paid) {
      await em.nativeUpdate(GrantAward, { id: award.id }, { paidOn: award.paidOn, ledgerTransactionId: award.transactionId });
    }

    // Lendable equipment, loans around the seed day (some returned), and incident reports.
    const equipment = buildDemoEquipment(today);
    await em.insertMany(EquipmentItem, equipment.items);
    await em.insertMany(
      EquipmentLoan,
      equipment.loans.map((loan) => ({
        id: loan.id,
        itemId: loan.itemId,
        groupId: loan.groupId,
        quantity: loan.quantity,
        startsOn: loan.startsOn,
        endsOn: loan.endsOn,
        status: loan.returned ? EquipmentLoanStatus.RETURNED : EquipmentLoanStatus.LENT,
        returnedAt: loan.returned ? startOfJapanDay(loan.endsOn) : null,
        lentBy: 'demo',
        returnedBy: loan.returned ? 'demo' : null,
        createdAt: now,
      })),
    );
    await em.insertMany(AccidentReport, equipment.accidents.map((report) => ({ ...report, reportedBy: 'demo', createdAt: now })));

    return (
      equipment.items.length + equipment.loans.length + equipment.accidents.length +
      venues.length + bookings.length + closures.length + 1 + donations.length * 4 +
      grants.programs.length + grants.applications.length + grants.awards.length + paid.length * 3
    );
  },
};
