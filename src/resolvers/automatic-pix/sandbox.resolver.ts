import { Arg, Authorized, Ctx, Extensions, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { DateScalar, DateTimeScalar } from '../../schema/scalars';
import { UserError } from '../../schema/user-error.type';
import { userError, UserErrorCode, type UserErrorShape } from '../../domain/user-errors';
import { brasiliaDay } from '../../lib/brasilia-calendar';

const DAY_MS = 86_400_000;
const MAX_DAYS = 400;

@ObjectType({ description: 'Result of advanceSandboxClock.' })
export class AdvanceSandboxClockPayload {
  @Field(() => DateTimeScalar, { nullable: true, description: "The simulator's time after the move." })
  now!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "The simulator's Brasília date after the move, yyyy-MM-dd." })
  today!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: "The sandbox's clock: the simulators' time, which Paygraph's date rules and list windows follow." })
export class SandboxClock {
  @Field(() => DateTimeScalar, { description: "The sandbox's current instant (moved by advanceSandboxClock)." })
  now!: Date;

  @Field(() => DateScalar, { description: "The sandbox's Brasília date (America/Sao_Paulo), yyyy-MM-dd: the 'today' of its date rules." })
  today!: string;
}

/** Present in the schema only in sandbox mode. */
@Resolver()
export class AutomaticPixSandboxResolver {
  @Authorized('write')
  // Moves the simulator's clock in process: no provider call.
  @Extensions({ [UPSTREAM_COST]: {} })
  @Mutation(() => AdvanceSandboxClockPayload, {
    description:
      "SANDBOX ONLY. Moves the provider simulator's calendar forward by `days` (1–400): Automatic Pix payments whose scheduled date arrives are settled (paid, or failed for amounts ending in ,99 on the first attempt), and Paygraph's date rules follow the same calendar. Everything else on the simulator clock moves too (charges expire).",
  })
  advanceSandboxClock(@Arg('days', () => Int) days: number, @Ctx() ctx: GraphQLContext): AdvanceSandboxClockPayload {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) return failed(userError(['days'], UserErrorCode.INVALID, `days must be between 1 and ${MAX_DAYS}.`));
    const now = ctx.services.sandbox?.advanceClock?.(days * DAY_MS);
    if (!now) return failed(userError(null, UserErrorCode.NOT_SUPPORTED, 'This server has no sandbox clock.'));
    return { now, today: brasiliaDay(now), userErrors: [] };
  }

  @Authorized('read')
  // Reads the simulator's clock in process: no provider call.
  @Extensions({ [UPSTREAM_COST]: {} })
  @Query(() => SandboxClock, {
    nullable: true,
    description: "SANDBOX ONLY. The sandbox's current instant and Brasília 'today', without moving them (advanceSandboxClock moves them). Null when the sandbox has no clock.",
  })
  sandboxClock(@Ctx() ctx: GraphQLContext): SandboxClock | null {
    const now = ctx.services.sandbox?.now?.();
    return now ? { now, today: brasiliaDay(now) } : null;
  }
}

function failed(error: UserErrorShape): AdvanceSandboxClockPayload {
  return { now: null, today: null, userErrors: [error] };
}
