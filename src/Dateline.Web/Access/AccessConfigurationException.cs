namespace Dateline.Web.Access;

/// <summary>The host's access settings are unusable: an unreadable or empty token file, or an open non-loopback address.</summary>
public sealed class AccessConfigurationException : Exception
{
    public AccessConfigurationException()
    {
    }

    public AccessConfigurationException(string message)
        : base(message)
    {
    }

    public AccessConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
