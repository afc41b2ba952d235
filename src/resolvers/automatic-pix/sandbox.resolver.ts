import { Arg, Authorized, Ctx, Extensions, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { DateTimeScalar } from '../../schema/scalars';
import { UserError } from '../../schema/user-error.type';
import { userError, UserErrorCode, type UserErrorShape } from '../../domain/user-errors';
import { brasiliaDay } from '../../lib/brasilia-calendar';

const DAY_MS = 86_400_000;
const MAX_DAYS = 400;

@ObjectType({ description: 'Result of advanceSandboxClock.' })
export class AdvanceSandboxClockPayload {
  @Field(() => DateTimeScalar, { nullable: true, description: "The simulator's time after the move." })
  now!: Date | null;

  @Field(() => String, { nullable: true, description: "The simulator's Brasília date after the move, yyyy-MM-dd." })
  today!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
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
}

function failed(error: UserErrorShape): AdvanceSandboxClockPayload {
  return { now: null, today: null, userErrors: [error] };
}
