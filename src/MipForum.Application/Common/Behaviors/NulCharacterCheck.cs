using System.Collections.Concurrent;
using System.Reflection;
using MipForum.Domain.Common;

namespace MipForum.Application.Common.Behaviors;

/// <summary>
/// Finds the text fields of a message that contain U+0000, whatever the message: SQLite, PostgreSQL, logs and the
/// tools an integrator pipes exports into treat it as the end of the text, so it is refused in every field rather than
/// per validator (one forgotten field would be enough). Reads string properties, lists of strings and string maps.
/// </summary>
internal static class NulCharacterCheck
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();

    public static IEnumerable<string> FieldsWithNul(object message)
    {
        foreach (var property in TextProperties.GetOrAdd(message.GetType(), FindTextProperties))
        {
            var field = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            switch (property.GetValue(message))
            {
                case string text when VisibleText.ContainsNul(text):
                    yield return field;
                    break;
                case IReadOnlyDictionary<string, string> map:
                    foreach (var (key, value) in map.Where(e => VisibleText.ContainsNul(e.Key) || VisibleText.ContainsNul(e.Value)))
                    {
                        yield return $"{field}[{key.Replace("\0", string.Empty, StringComparison.Ordinal)}]";
                    }

                    break;
                case IEnumerable<string> items when items.Any(VisibleText.ContainsNul):
                    yield return field;
                    break;
            }
        }
    }

    private static PropertyInfo[] FindTextProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)
                    || typeof(IReadOnlyDictionary<string, string>).IsAssignableFrom(p.PropertyType)))
            .ToArray();
}
