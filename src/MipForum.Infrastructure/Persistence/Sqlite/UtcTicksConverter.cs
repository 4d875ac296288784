using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite cannot order or compare DateTimeOffset values: they are stored as UTC ticks, which sort correctly and lose
/// nothing the forum keeps (the domain stores every time in UTC). Read back with a zero offset.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
