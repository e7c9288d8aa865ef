namespace OrsCompiler.Engine.Tests.Engine;

/// <summary>The call's user data as setuData and deleteuData change it.</summary>
public class CallStateTests
{
    [Fact]
    public void Set_adds_and_replaces_keys_in_first_set_order_and_delete_takes_a_key_a_list_or_an_object()
    {
        var call = new CallState();

        call.SetUserData("{\"A\":1,\"B\":\"x\"}");
        call.SetUserData("{\"C\":true,\"A\":2}");
        Assert.Equal("{\"A\":2,\"B\":\"x\",\"C\":true}", call.UserDataJson);

        call.DeleteUserData("\"B\"");
        Assert.Equal("{\"A\":2,\"C\":true}", call.UserDataJson);
        call.DeleteUserData("[\"A\"]");
        call.DeleteUserData("{\"C\":null}");
        Assert.Equal("{}", call.UserDataJson);
    }

    [Fact]
    public void Set_ignores_what_is_not_an_object()
    {
        var call = new CallState();

        call.SetUserData("[1,2]");
        call.SetUserData("\"text\"");

        Assert.Equal("{}", call.UserDataJson);
    }
}
