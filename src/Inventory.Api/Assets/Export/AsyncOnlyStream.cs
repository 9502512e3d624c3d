namespace Inventory.Api.Assets.Export;

/// <summary>
/// A response body for writers that still write a few bytes synchronously (the zip entry's closing descriptor when a workbook is
/// disposed): Kestrel refuses synchronous writes, so those bytes wait here and go out with the next asynchronous write or flush.
/// </summary>
internal sealed class AsyncOnlyStream(Stream inner) : Stream
{
    private readonly MemoryStream pending = new();
    private long position;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        position += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendPendingAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
        position += buffer.Length;
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendPendingAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    // Buffered bytes leave on the next asynchronous call; the owner flushes once the writer is disposed.
    public override void Flush()
    {
    }

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (pending.Length == 0)
            return;
        await inner.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
