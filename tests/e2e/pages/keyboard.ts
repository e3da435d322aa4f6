import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab, as a keyboard user would, until `target` has focus; fails if it is not reached within `max` presses
 * (it is then not in the tab order, or further than a user would reasonably go).
 */
export async function tabTo(page: Page, target: Locator, max = 40) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached with at most ${max} presses of Tab`).toBeFocused({ timeout: 1 });
}
