/** Every step of a run has a time limit: a page that hangs is a result ("timeout after 45 s"), not a hang. */

export class StepTimeout extends Error {
  constructor(
    readonly step: string,
    readonly seconds: number
  ) {
    super(`timeout after ${seconds} s`);
  }
}

/** `work`, or a StepTimeout naming `step` once `seconds` have passed. */
export async function within<T>(step: string, seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(step, seconds)), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
