// Shared helpers of the fixture project, loaded by every interaction process with <xi:include parse="text">.
// Written for the OrsCompiler tests in the shape of a Composer include file (ES5: ORS runs ECMAScript 5).

var _my_prefix = '';

function isEmpty(value) {
    return value === undefined || value === null || value === '';
}

function parseJson(text) {
    if (isEmpty(text)) {
        return {};
    }
    return eval('(' + text + ')');
}

function getUserDataValue(interactionId, key, defaultValue) {
    var data = _genesys.ixn.interactions[interactionId].udata;
    return data && data[key] !== undefined ? data[key] : defaultValue;
}

function describeEvent(evt) {
    return evt.name + ' ' + (evt.data ? evt.data.toSource() : '');
}
