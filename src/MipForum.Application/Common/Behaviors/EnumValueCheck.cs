using System.Collections.Concurrent;
using System.Reflection;

namespace MipForum.Application.Common.Behaviors;

/// <summary>
/// Finds the enum fields of a message whose value is not one of the enum's names, whatever the message and whatever
/// door it came through: a form post or a JSON body can carry a number ("3", 2147483648) that .NET casts to the enum
/// without complaint, and a handler would then act on a status or reason that does not exist. For a [Flags] enum every
/// set bit must be a defined flag.
/// </summary>
internal static class EnumValueCheck
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> EnumProperties = new();

    public static IEnumerable<string> FieldsWithUnknownValues(object message)
    {
        foreach (var property in EnumProperties.GetOrAdd(message.GetType(), FindEnumProperties))
        {
            if (property.GetValue(message) is Enum value && !IsKnown(value))
            {
                yield return char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            }
        }
    }

    private static bool IsKnown(Enum value)
    {
        var type = value.GetType();
        if (Enum.IsDefined(type, value))
        {
            return true;
        }

        if (type.GetCustomAttribute<FlagsAttribute>() is null)
        {
            return false;
        }

        var bits = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        var known = Enum.GetValues(type).Cast<Enum>().Aggregate(0UL, (all, flag) => all | Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture));
        return (bits & ~known) == 0;
    }

    private static PropertyInfo[] FindEnumProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum)
            .ToArray();
}
