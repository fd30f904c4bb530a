import { ok } from '@tianfu/api-client';
import { connectPlatform, journeyCast } from '@tianfu/demo';
import { residentIdNumber } from '@tianfu/testing';
import type { Locator, Page, Response } from 'playwright-core';
import { recognisedCertificate } from './office-fixtures.ts';

/** An enterprise new to the platform (an employer-kind body, 备案号 Y…), registered by the authority. */
export async function appointingEnterprise(): Promise<{ bodyId: string; name: string }> {
  const platform = await connectPlatform();
  const { body } = journeyCast();
  await ok(platform.admin.assessment.POST('/v1/bodies', { body }));
  return { bodyId: body.bodyId, name: body.name };
}

/** A person of this run, with a fresh 居民身份证号 and a name unique to the run. */
export function person(name: string): { idNumber: string; name: string } {
  return { idNumber: residentIdNumber(Math.floor(Math.random() * 900_000), '510100'), name };
}

/** A 高级技师 (一级) 电工 of this run: the prerequisite of a 特级技师 appointment, on the platform. */
export async function level1Holder(name: string): Promise<{ idNumber: string; name: string }> {
  const { idNumber } = await recognisedCertificate(name, 'level1');
  return { idNumber, name };
}

const isAppointPost = (response: Response) =>
  response.request().method() === 'POST' && response.url().endsWith('/api/talent-registry/v1/appointments');

/**
 * Sends the appointment form and returns the registry's answer, sending it again while the registry
 * refuses with one of `notYet` (the enterprise or the certificate has not reached it through Kafka).
 */
export async function appointAnswer(page: Page, submit: Locator, notYet: readonly string[]) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answered = page.waitForResponse(isAppointPost);
    await submit.click();
    const response = await answered;
    const code = response.ok() ? null : (((await response.json()) as { code?: string }).code ?? null);
    if (code === null || !notYet.includes(code) || Date.now() > deadline) return { status: response.status(), code };
    await page.waitForTimeout(1_000);
  }
}
