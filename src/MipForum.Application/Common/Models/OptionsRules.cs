using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MipForum.Application.Common.Models;

/// <summary>
/// One way to check a setting: a value outside its range stops the start with the key and the range, never a silent
/// clamp (a clamped 0 would run the forum with a limit its operator did not choose and cannot see).
/// </summary>
public static class OptionsRules
{
    public static OptionsBuilder<T> InRange<T>(this OptionsBuilder<T> builder, string key, Func<T, int> value, int min, int max)
        where T : class =>
        builder.Validate(o => value(o) >= min && value(o) <= max, string.Create(CultureInfo.InvariantCulture, $"{key} must be {min}–{max}."));

    /// <summary>Binds <paramref name="section"/>, checked when the host starts (and on first use in hosts that never start).</summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
}
