namespace Dateline.Store.Postgres.Tests;

public sealed class PostgresTargetTests
{
    [Theory]
    [InlineData("postgres://user@localhost/dateline", true)]
    [InlineData("postgresql://localhost:5433/dateline", true)]
    [InlineData("Host=db.example;Database=dateline", true)]
    [InlineData("host=db;username=x", true)]
    [InlineData("dateline.db", false)]
    [InlineData("corpus/with=equals.db", false)]
    [InlineData("/tmp/corpus.db", false)]
    public void Server_targets_are_told_apart_from_database_files(string value, bool expected)
    {
        Assert.Equal(expected, PostgresTarget.IsPostgres(value));
    }

    [Fact]
    public void A_uri_becomes_connection_settings_and_is_described_without_its_password()
    {
        var settings = PostgresTarget.Parse("postgres://ana:s%40cret@db.example:5433/news?sslmode=disable&application_name=ingest");
        Assert.Equal("db.example", settings.Host);
        Assert.Equal(5433, settings.Port);
        Assert.Equal("ana", settings.Username);
        Assert.Equal("s@cret", settings.Password);
        Assert.Equal("news", settings.Database);
        Assert.Equal(Npgsql.SslMode.Disable, settings.SslMode);
        Assert.Equal("ingest", settings.ApplicationName);
        Assert.Equal("postgres://ana@db.example:5433/news", PostgresTarget.Describe(settings));
    }

    [Fact]
    public void A_connection_string_is_read_as_is()
    {
        var settings = PostgresTarget.Parse("Host=/run/postgresql;Database=dateline;Username=ana");
        Assert.Equal("/run/postgresql", settings.Host);
        Assert.Equal("postgres://ana@/run/postgresql/dateline", PostgresTarget.Describe(settings));
    }

    [Fact]
    public void A_malformed_connection_string_is_a_store_error()
    {
        Assert.Throws<StoreException>(() => PostgresTarget.Parse("Host=x;NoSuchKeyword=1"));
    }
}
