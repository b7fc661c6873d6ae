"""Tests for baocao.transport's shared budget: the rate-limit gate and the adaptive limit.

The end-to-end behaviour over HTTP (retries per request, 429s, dead endpoints) is tested in
test_llm.py against the scripted server; here the two pieces run alone on a fake clock that
only an injected sleep moves forward: nothing sleeps.
"""

from __future__ import annotations

import asyncio

import httpx2
import pytest

from baocao.transport import (
    MAX_PACING_S,
    PACING_DECAY,
    PACING_GROWTH,
    AdaptiveLimit,
    RateGate,
    RetryPolicy,
    retry_after_seconds,
)


class FakeTime:
    """A clock that only sleeps move; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def gate_on(time: FakeTime) -> RateGate:
    return RateGate(RetryPolicy(jitter_s=0.0, sleep=time.sleep, clock=time.clock))


def test_an_open_gate_never_sleeps() -> None:
    time = FakeTime()
    gate = gate_on(time)
    assert [asyncio.run(gate.wait()) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert time.sleeps == []


def test_a_closed_gate_releases_waiters_one_interval_apart() -> None:
    time = FakeTime()
    gate = gate_on(time)
    gate.close(0.25, gate.generation)

    async def three() -> list[float]:
        leaves = []
        for _ in range(3):
            await gate.wait()
            leaves.append(time.now)
        return leaves

    assert asyncio.run(three()) == pytest.approx([0.25, 0.5, 0.75])


def test_a_burst_of_429s_from_one_generation_grows_the_interval_once() -> None:
    gate = gate_on(FakeTime())
    sent_in = gate.generation
    gate.close(0.1, sent_in)
    assert gate.interval == pytest.approx(0.1)
    gate.close(0.05, sent_in)  # sent before the first close: no growth
    assert gate.interval == pytest.approx(0.1)
    gate.close(0.05, gate.generation)  # paced at 0.1 and still too fast
    assert gate.interval == pytest.approx(0.1 * PACING_GROWTH)


def test_successes_shrink_the_interval_until_pacing_stops() -> None:
    gate = gate_on(FakeTime())
    gate.close(0.2, gate.generation)
    gate.passed()
    assert gate.interval == pytest.approx(0.2 * PACING_DECAY)
    for _ in range(2000):
        gate.passed()
    assert gate.interval == 0.0


def test_a_long_retry_after_pauses_without_pacing() -> None:
    time = FakeTime()
    gate = gate_on(time)
    gate.close(MAX_PACING_S * 20, gate.generation)  # a window to wait out, not a slot
    assert gate.interval == 0.0
    asyncio.run(gate.wait())
    assert time.sleeps == [MAX_PACING_S * 20]


def test_the_limit_halves_once_per_generation_and_grows_back_by_one() -> None:
    limit = AdaptiveLimit(16)
    sent_in = asyncio.run(limit.acquire())
    limit.rate_limited(sent_in)
    limit.rate_limited(sent_in)  # a second 429 to a request of the same round
    assert limit.limit == 8
    limit.succeeded()
    assert limit.limit == 9  # by one, not doubled
    for _ in range(20):
        limit.succeeded()
    assert limit.limit == 16


def test_the_limit_never_goes_below_one() -> None:
    limit = AdaptiveLimit(2)
    for _ in range(4):
        limit.rate_limited(asyncio.run(limit.acquire()))
        asyncio.run(limit.release())
    assert limit.limit == 1


def test_requests_beyond_the_limit_wait_for_room() -> None:
    limit = AdaptiveLimit(2)

    async def scenario() -> list[str]:
        order: list[str] = []
        await limit.acquire()
        await limit.acquire()

        async def third() -> None:
            await limit.acquire()
            order.append("third sent")

        waiting = asyncio.create_task(third())
        await asyncio.sleep(0)
        order.append("two in flight")
        await limit.release()
        await waiting
        return order

    assert asyncio.run(scenario()) == ["two in flight", "third sent"]


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        pytest.param({"retry-after-ms": "250"}, 0.25, id="milliseconds win"),
        pytest.param({"retry-after-ms": "250", "retry-after": "3"}, 0.25, id="ms over seconds"),
        pytest.param({"retry-after": "3"}, 3.0, id="seconds"),
        pytest.param({"retry-after": "Wed, 21 Oct 2026 07:28:00 GMT"}, None, id="a date"),
        pytest.param({"retry-after": "-5"}, 0.0, id="negative is now"),
        pytest.param({}, None, id="none"),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], seconds: float | None) -> None:
    assert retry_after_seconds(httpx2.Headers(headers)) == seconds
