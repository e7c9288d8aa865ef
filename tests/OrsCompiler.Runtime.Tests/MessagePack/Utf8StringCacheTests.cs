using System;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Runtime.MessagePack;

namespace OrsCompiler.Runtime.Tests.MessagePack;

/// <summary>The shared string cache behind <see cref="MessagePackReader.ReadString"/>: a hit is exactly what decoding gives.</summary>
public class Utf8StringCacheTests
{
    [Fact]
    public void A_short_string_read_again_is_the_same_instance()
    {
        var first = Read(Str("cache-test-éé"));
        var second = Read(Str("cache-test-éé"));

        Assert.Equal("cache-test-éé", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Invalid_UTF8_is_refused_every_time_even_beside_a_cached_valid_string()
    {
        var valid = Str("cache-x\u00e9");
        var invalid = valid.ToArray();
        invalid[^1] = 0x28; // 0xc3 0x28: a lead byte without its continuation
        Read(valid);

        for (var i = 0; i < 2; i++)
        {
            var exception = Assert.Throws<MessagePackSerializationException>(() => Read(invalid));
            Assert.Contains("not valid UTF-8", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Strings_sharing_a_slot_are_still_told_apart()
    {
        // Find two short keys that map to the same slot, then read them alternately.
        var bySlot = new System.Collections.Generic.Dictionary<int, string>();
        string a = "", b = "";
        for (var i = 0; a.Length == 0; i++)
        {
            var key = "k" + i;
            var slot = Utf8StringCache.SlotOf(System.Text.Encoding.UTF8.GetBytes(key));
            if (!bySlot.TryAdd(slot, key))
            {
                (a, b) = (bySlot[slot], key);
            }
        }

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(a, Read(Str(a)));
            Assert.Equal(b, Read(Str(b)));
        }
    }

    [Fact]
    public void Threads_reading_at_once_get_the_right_strings()
    {
        var texts = Enumerable.Range(0, 10_000).Select(i => "t" + (i % 5000)).ToArray();
        Parallel.For(0, texts.Length, i => Assert.Equal(texts[i], Read(Str(texts[i]))));
    }

    [Fact]
    public void Long_strings_are_decoded_correctly_past_the_cache_limit()
    {
        var text = new string('x', Utf8StringCache.MaxBytes) + "é";
        Assert.Equal(text, Read(Str(text)));
    }

    private static byte[] Str(string text)
    {
        var writer = new MessagePackWriter();
        writer.Write(text);
        return writer.ToArray();
    }

    private static string Read(byte[] bytes)
    {
        var reader = new MessagePackReader(bytes);
        return reader.ReadString();
    }
}
