#!/usr/bin/env sh
# Issue 8, fault: the Bot API unreachable for a while (default 60 s). The fake Bot API is stopped,
# ten messages are queued, the fake starts again on the same port, and the test asserts that the
# bot answers every queued message exactly once. Usage: scripts/telegram-outage.sh [60s]
set -eu
cd "$(dirname "$0")/.."
OUTAGE="${1:-60s}"
./mvnw -B -o -q test -Dtest='TelegramFaultsTest#should_answer_every_message_queued_during_an_outage_exactly_once' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dkabar.telegram.outage="$OUTAGE"
echo "telegram-outage: every message queued during a $OUTAGE outage was answered exactly once"
