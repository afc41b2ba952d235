import { SimScheduler } from '../../src/shared/sim-clock';

/**
 * A libuv timer can fire a millisecond before Date.now() says its delay is over (seen as a
 * 249 ms "sandboxDelay" of 250 ms in the simulator's timestamps). The fake clock recreates that by
 * moving the wall clock back after the timer is armed.
 */
describe('SimScheduler.after', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  test('runs the task once the delay has passed on the wall clock', async () => {
    const scheduler = new SimScheduler();
    const ran: number[] = [];
    scheduler.after(250, () => void ran.push(Date.now()));
    await jest.advanceTimersByTimeAsync(249);
    expect(ran).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(ran).toEqual([1_000_250]);
  });

  test('a timer that fires before Date.now() reaches the due time is re-armed for the rest, not run early', async () => {
    const scheduler = new SimScheduler();
    const ran: number[] = [];
    scheduler.after(250, () => void ran.push(Date.now()));
    jest.setSystemTime(1_000_000 - 3); // the timer now fires when the wall clock says 247 ms have passed
    await jest.advanceTimersByTimeAsync(250);
    expect(ran).toEqual([]);
    await jest.advanceTimersByTimeAsync(3);
    expect(ran).toEqual([1_000_250]);
  });

  test('clear() also cancels a re-armed timer', async () => {
    const scheduler = new SimScheduler();
    const ran: number[] = [];
    scheduler.after(100, () => void ran.push(Date.now()));
    jest.setSystemTime(1_000_000 - 5);
    await jest.advanceTimersByTimeAsync(100);
    scheduler.clear();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(ran).toEqual([]);
  });
});
