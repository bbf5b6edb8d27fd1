using System.Globalization;
using System.Text;

namespace PaperDigest.Cli.Batch;

/// <summary>
/// Progress of a batch on standard error: a bar redrawn in place on a terminal, a plain line now and then otherwise,
/// nothing when quiet. Messages (failures, warnings) are always written, on their own lines. Thread-safe.
/// </summary>
internal sealed class BatchProgress
{
    private const int BarWidth = 30;
    private readonly Lock _lock = new();
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly bool _quiet;
    private readonly int _total;
    private readonly long _intervalMilliseconds;
    private int _done;
    private int _failed;
    private long _lastDraw;
    private int _drawnWidth;

    public BatchProgress(TextWriter error, bool terminal, bool quiet, int total, TimeSpan? interval = null)
    {
        _error = error;
        _terminal = terminal;
        _quiet = quiet;
        _total = total;
        _intervalMilliseconds = (long)(interval ?? TimeSpan.FromMilliseconds(terminal ? 100 : 2000)).TotalMilliseconds;
        _lastDraw = Environment.TickCount64;
    }

    /// <summary>Shows the empty bar (terminal only).</summary>
    public void Start()
    {
        lock (_lock)
        {
            if (_terminal && !_quiet)
            {
                DrawBar();
            }
        }
    }

    /// <summary>Counts one finished input and redraws when it is time.</summary>
    public void Completed(bool succeeded)
    {
        lock (_lock)
        {
            _done++;
            if (!succeeded)
            {
                _failed++;
            }

            if (_quiet)
            {
                return;
            }

            long now = Environment.TickCount64;
            bool last = _done == _total;
            if (_terminal && (last || now - _lastDraw >= _intervalMilliseconds))
            {
                DrawBar();
                _lastDraw = now;
            }
            else if (!_terminal && !last && now - _lastDraw >= _intervalMilliseconds)
            {
                _error.WriteLine($"{CliContext.ProgramName} batch: {Status()}");
                _error.Flush();
                _lastDraw = now;
            }
        }
    }

    /// <summary>Writes a line (a failure or warning) without mangling the bar.</summary>
    public void Message(string line)
    {
        lock (_lock)
        {
            bool redraw = _drawnWidth > 0;
            Clear();
            _error.WriteLine(line);
            if (redraw)
            {
                DrawBar();
            }

            _error.Flush();
        }
    }

    /// <summary>Removes the bar, leaving the cursor at the start of an empty line.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            Clear();
            _error.Flush();
        }
    }

    private string Status() => string.Create(
        CultureInfo.InvariantCulture,
        $"{_done}/{_total} files{(_failed > 0 ? $", {_failed} failed" : string.Empty)}");

    private void DrawBar()
    {
        int filled = _total == 0 ? BarWidth : (int)((long)_done * BarWidth / _total);
        var line = new StringBuilder(BarWidth + 40);
        line.Append('[').Append('#', filled).Append('-', BarWidth - filled).Append("] ").Append(Status());
        int width = line.Length;
        if (width < _drawnWidth)
        {
            line.Append(' ', _drawnWidth - width);
        }

        _error.Write('\r');
        _error.Write(line.ToString());
        _error.Flush();
        _drawnWidth = width;
    }

    private void Clear()
    {
        if (_drawnWidth > 0)
        {
            _error.Write('\r');
            _error.Write(new string(' ', _drawnWidth));
            _error.Write('\r');
            _drawnWidth = 0;
        }
    }
}
