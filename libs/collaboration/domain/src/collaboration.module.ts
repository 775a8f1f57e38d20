import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import {
  Agreement,
  AgreementPartyTerms,
  AgreementResult,
  AgreementSignature,
  AgreementVersion,
  CityChallenge,
  Consultation,
  Evaluation,
  EvaluationScore,
  ProgrammeOffice,
  Proposal,
  ProposalTransition,
} from './entities';
import { collaborationMigrations } from './migrations';

/** The collaboration subgraph's data: schema `collaboration`, never read by other subgraphs. */
export const collaborationPersistence: PersistenceModule = {
  schema: 'collaboration',
  entities: [
    Proposal,
    ProposalTransition,
    CityChallenge,
    Consultation,
    Agreement,
    AgreementVersion,
    AgreementPartyTerms,
    AgreementSignature,
    AgreementResult,
    Evaluation,
    EvaluationScore,
    ProgrammeOffice,
  ],
  migrations: collaborationMigrations,
};
