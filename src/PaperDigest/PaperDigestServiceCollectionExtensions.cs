using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaperDigest;

/// <summary>Registers PaperDigest with Microsoft.Extensions.DependencyInjection.</summary>
public static class PaperDigestServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IDigestParser"/> (and <see cref="DigestParser"/>) singleton with the built-in extractors.
    /// Calling it again does not add a second parser.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPaperDigest(this IServiceCollection services) => AddPaperDigest(services, static _ => { });

    /// <summary>
    /// Registers an <see cref="IDigestParser"/> (and <see cref="DigestParser"/>) singleton, built once from a
    /// <see cref="DigestParserBuilder"/> that <paramref name="configure"/> changes. Extractors added with
    /// <see cref="DigestParserBuilder.AddExtractor{T}"/> are created from the container (constructor injection).
    /// Several calls add up: every <paramref name="configure"/> runs, in order, on the one builder.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the builder.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddPaperDigest(this IServiceCollection services, Action<DigestParserBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new PaperDigestConfiguration(configure));
        services.TryAddSingleton(static provider =>
        {
            var builder = new DigestParserBuilder();
            foreach (PaperDigestConfiguration configuration in provider.GetServices<PaperDigestConfiguration>())
            {
                configuration.Configure(builder);
            }

            return builder.Build(provider);
        });
        services.TryAddSingleton<IDigestParser>(static provider => provider.GetRequiredService<DigestParser>());
        return services;
    }
}
