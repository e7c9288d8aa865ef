namespace OrsCompiler.Redis.Releases;

/// <summary>
/// The Lua scripts that change releases. Each one either touches a single key, or only keys tagged
/// <c>{&lt;cluster&gt;}</c> (one hash slot), so it runs atomically on Redis Cluster too. Replies are flat string arrays.
/// </summary>
internal static class ReleaseScripts
{
    /// <summary>
    /// Publishes a new release: checks the current pointer is still ARGV[1], writes the manifest, and switches.
    /// KEYS: current, releases, manifest(new), info(new). ARGV: expected, new id, created, channel, name1, hash1, ...
    /// </summary>
    public const string Switch = @"
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return {'conflict', current} end
for i = 5, #ARGV, 2 do redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[4], 'created', ARGV[3], 'previous', current, 'documents', tostring((#ARGV - 4) / 2))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[2])
redis.call('SET', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[4], ARGV[2])
return {'ok', current}";

    /// <summary>
    /// Publishes a new release as a change to the current one, so a publish sends only what changed: checks the
    /// current pointer is still ARGV[1], copies its manifest inside Redis (COPY from Redis 6.2, which replicates as one
    /// command; field by field before), applies the changes and switches.
    /// KEYS: current, releases, manifest(new), info(new), manifest(expected).
    /// ARGV: expected, new id, created, channel, n, name1, hash1, ... (n pairs to set), then names to remove.
    /// Reply: 'ok', 'conflict', or 'missing' when the expected manifest is gone (the caller sends it whole instead).
    /// </summary>
    public const string SwitchDelta = @"
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return {'conflict', current} end
if redis.call('EXISTS', KEYS[5]) == 0 then return {'missing', current} end
local copied = redis.pcall('COPY', KEYS[5], KEYS[3])
if type(copied) == 'table' and copied.err then
  local base = redis.call('HGETALL', KEYS[5])
  for i = 1, #base, 2 do redis.call('HSET', KEYS[3], base[i], base[i + 1]) end
end
local last = 5 + 2 * tonumber(ARGV[5])
for i = 6, last, 2 do redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1]) end
for i = last + 1, #ARGV do redis.call('HDEL', KEYS[3], ARGV[i]) end
redis.call('HSET', KEYS[4], 'created', ARGV[3], 'previous', current, 'documents', tostring(redis.call('HLEN', KEYS[3])))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[2])
redis.call('SET', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[4], ARGV[2])
return {'ok', current}";

    /// <summary>
    /// Makes an existing release current again. KEYS: current, manifest(target), info(target).
    /// ARGV: expected current, target id, channel.
    /// </summary>
    public const string Rollback = @"
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return {'conflict', current} end
if redis.call('EXISTS', KEYS[2]) == 0 then return {'missing', current} end
redis.call('PERSIST', KEYS[2])
redis.call('PERSIST', KEYS[3])
redis.call('SET', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[2])
return {'ok', current}";

    /// <summary>
    /// Lists releases newest first. KEYS: current, releases. ARGV: info prefix, manifest prefix.
    /// Reply: current, then per release: id, created, previous, documents, manifest PTTL (-1 kept, -2 gone).
    /// </summary>
    public const string List = @"
local reply = {redis.call('GET', KEYS[1]) or ''}
for _, id in ipairs(redis.call('ZREVRANGE', KEYS[2], 0, -1)) do
  local info = redis.call('HMGET', ARGV[1] .. id, 'created', 'previous', 'documents')
  table.insert(reply, id)
  table.insert(reply, info[1] or '')
  table.insert(reply, info[2] or '')
  table.insert(reply, info[3] or '0')
  table.insert(reply, tostring(redis.call('PTTL', ARGV[2] .. id)))
end
return reply";

    /// <summary>Keeps a release: KEYS: manifest, info.</summary>
    public const string PersistRelease = @"
redis.call('PERSIST', KEYS[1])
redis.call('PERSIST', KEYS[2])
return {}";

    /// <summary>
    /// Lets a release expire unless it already does; forgets it once gone. KEYS: releases, manifest, info.
    /// ARGV: id, ttl seconds. Reply: 'expiring' (newly), 'already', or 'gone'.
    /// </summary>
    public const string ExpireRelease = @"
local ttl = redis.call('TTL', KEYS[2])
if ttl == -2 then
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('DEL', KEYS[3])
  return {'gone'}
end
if ttl == -1 then
  redis.call('EXPIRE', KEYS[2], ARGV[2])
  redis.call('EXPIRE', KEYS[3], ARGV[2])
  return {'expiring'}
end
return {'already'}";

    /// <summary>Adds hashes to the blob index. KEYS: blob index. ARGV: hashes.</summary>
    public const string IndexBlobs = @"
for i = 1, #ARGV do redis.call('SADD', KEYS[1], ARGV[i]) end
return {}";

    /// <summary>Forgets hashes whose blobs are gone. KEYS: blob index. ARGV: hashes.</summary>
    public const string UnindexBlobs = @"
for i = 1, #ARGV do redis.call('SREM', KEYS[1], ARGV[i]) end
return {}";

    /// <summary>A blob is needed: clear its TTL if it has one. KEYS: blob. Reply: 'present' or 'missing'.</summary>
    public const string KeepBlob = @"
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
redis.call('PERSIST', KEYS[1])
return {'present'}";

    /// <summary>Writes a blob unless present (then keeps it). KEYS: blob. ARGV: bytes. Reply: 'written' or 'present'.</summary>
    public const string PutBlob = @"
if redis.call('SET', KEYS[1], ARGV[1], 'NX') then return {'written'} end
redis.call('PERSIST', KEYS[1])
return {'present'}";

    /// <summary>A blob is no longer needed: let it expire unless it already does. KEYS: blob. ARGV: ttl seconds.</summary>
    public const string ExpireBlob = @"
local ttl = redis.call('TTL', KEYS[1])
if ttl == -2 then return {'gone'} end
if ttl == -1 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  return {'expiring'}
end
return {'already'}";
}
