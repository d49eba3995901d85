using System.Collections;
using System.Text.Json.Serialization.Metadata;
using SecurityDilemma.Models.IO;

namespace SecurityDilemma.Web.Hosting;

/// <summary>
/// Gives every number-valued property of the API's objects a sibling string property <c>NAME_reason</c>, written only
/// when the number (or a number in the list it holds) is NaN or infinite and so goes out as <c>null</c>: the same
/// convention as the CLI's <c>--json</c> (README.md, "JSON output"). For a list the reason names the item, as in
/// <c>"[3]: not computable: ..."</c> or <c>"[0][2]: ..."</c>.
/// </summary>
internal static class NotComputableReasons
{
    /// <summary>A type-info modifier for <see cref="DefaultJsonTypeInfoResolver"/>.</summary>
    public static void Add(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var number = info.Properties[i];
            var name = number.Name + NotComputable.ReasonSuffix;
            if (number.Get is not { } get || !HoldsNumbers(number.PropertyType) || info.Properties.Any(p => p.Name == name))
            {
                continue;
            }

            var reason = info.CreateJsonPropertyInfo(typeof(string), name);
            reason.Get = owner => First(get(owner));
            reason.ShouldSerialize = (_, value) => value is not null;
            info.Properties.Insert(i + 1, reason);
        }
    }

    private static bool HoldsNumbers(Type type)
    {
        if (type == typeof(double) || type == typeof(double?))
        {
            return true;
        }

        var list = type == typeof(string) ? null
            : type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return list is not null && HoldsNumbers(list);
    }

    /// <summary>The reason for the first number in <paramref name="value"/> that is not finite, prefixed by its place in the list; null if there is none.</summary>
    private static string? First(object? value) => value switch
    {
        double d => NotComputable.Reason(d),
        IEnumerable items and not string => Items(items),
        _ => null,
    };

    private static string? Items(IEnumerable items)
    {
        var index = 0;
        foreach (var item in items)
        {
            if (First(item) is { } reason)
            {
                return item is IEnumerable ? $"[{index}]{reason}" : $"[{index}]: {reason}";
            }

            index++;
        }

        return null;
    }
}
