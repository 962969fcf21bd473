using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Storage.Tests.TestSupport;

/// <summary>
/// A fake clock that stands still until a test moves it, and reports each wait (timer) the code under test starts,
/// so a test can tell "waiting" from "done" without measuring real time.
/// </summary>
internal sealed class WaitRecordingClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    private int _waitCount;

    /// <summary>Every wait started so far.</summary>
    public int WaitCount => Volatile.Read(ref _waitCount);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _waitCount);
        _waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// The next wait <paramref name="work"/> starts, or null when it finishes first. A real-time bound turns a hang into
    /// a failure rather than measuring anything.
    /// </summary>
    public async Task<TimeSpan?> NextWaitAsync(Task work)
    {
        var wait = _waits.Reader.ReadAsync().AsTask();
        var first = await Task.WhenAny(wait, work).WaitAsync(TimeSpan.FromSeconds(30));
        return first == wait ? await wait : null;
    }
}
