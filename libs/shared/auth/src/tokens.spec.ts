import { generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { demoDepartmentId, demoIntermediaryId } from '@tsunagaru/shared-demo-data';
import { demoPrincipal } from './demo-principals';
import { TOKEN_ALGORITHM } from './signing-keys';
import { signAccessToken, verifyAccessToken } from './tokens';

describe('access tokens', () => {
  it('carry a delegated credential\'s scopes, keeping only scopes this graph knows', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const app = { subject: 'npo-app', role: 'member' as const, groupIds: ['g'], scopes: ['venues:book', 'admin:everything'] as never };
    expect(await verifyAccessToken(await signAccessToken(app, privateKey), publicKey)).toMatchObject({ scopes: ['venues:book'] });
  });

  it('give a person no scopes at all, so their role\'s rights are not narrowed', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const person = await verifyAccessToken(await signAccessToken(demoPrincipal('member'), privateKey), publicKey);
    expect(person).not.toHaveProperty('scopes');
  });
});

describe('demoPrincipal', () => {
  it('signs for staff of another intermediary or department by code', () => {
    expect(demoPrincipal('intermediary', { intermediary: 'social-welfare-council' })).toMatchObject({
      subject: 'demo-intermediary-social-welfare-council',
      intermediaryId: demoIntermediaryId('social-welfare-council'),
    });
    expect(demoPrincipal('staff', { department: 'environment' })).toMatchObject({ departmentId: demoDepartmentId('environment') });
    expect(demoPrincipal('intermediary')).toMatchObject({ subject: 'demo-intermediary', intermediaryId: demoIntermediaryId('civic-activity-center') });
  });

  it('refuses unknown codes and options that mean nothing for the role', () => {
    expect(() => demoPrincipal('intermediary', { intermediary: 'city-hall-canteen' })).toThrow(RangeError);
    expect(() => demoPrincipal('staff', 'a-group-id')).toThrow(RangeError);
  });
});
